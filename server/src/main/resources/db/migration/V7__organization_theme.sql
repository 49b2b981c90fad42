-- Each organization's pages can use a theme of its own (a folder under data/themes, or the default).
ALTER TABLE organization ADD COLUMN theme VARCHAR(100) NOT NULL DEFAULT 'default';
