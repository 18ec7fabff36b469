"""Demo content for ``seed_demo``: the site, its pages and the assets they use."""
