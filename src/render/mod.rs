//! Render: `Site` (validated model) + theme → static files of the public site.
