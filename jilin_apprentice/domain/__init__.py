"""Pure domain: enums, validators, rules. Standard library (and python-stdnum/dateutil) only."""
