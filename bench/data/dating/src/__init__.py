"""Sources for the newsmon dating benchmark generator (see ../build.py)."""
