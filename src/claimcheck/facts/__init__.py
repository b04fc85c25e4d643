"""Facts sheets: reference figures (an area, a GDP) with their sources, and links to claims."""
