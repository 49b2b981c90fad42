/**
 * Joint decisions: proposals, discussion, voting by member organizations through their
 * representatives under a rule and quorum, the stored result, the public register with numbers
 * and action items. It owns the {@code decision*}, {@code ballot} and {@code action_*} tables and
 * reads organizations through {@code OrganizationService}.
 */
package org.ortaq.decision;
