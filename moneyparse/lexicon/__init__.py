"""Data tables of the words moneyparse reads: rows, one a line, and the few lines that
turn them into look-ups. No compiled patterns, no functions of the parser, no state.
"""
