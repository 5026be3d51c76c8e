"""Reports: terminal, Markdown, HTML (新旧対照表), JSON, CSV/XLSX."""
