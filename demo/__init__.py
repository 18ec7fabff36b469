"""The demo seed, on top of every other room: ``manage.py seed_demo`` builds what ``make run`` serves."""
