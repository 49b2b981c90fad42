/**
 * Joint statements: drafted by one organization, co-signed by invited ones until a deadline,
 * published with every signatory, listed on each signatory's page and feed. It owns the
 * {@code joint_statement*} tables and reads organizations through {@code OrganizationService}.
 */
package org.ortaq.statement;
