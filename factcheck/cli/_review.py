"""placeholder"""
COMMANDS = ()
