"""Matching: every quote of every document looked for, word by word, in the other documents.

``corroborate.py`` wires the stages: ``words`` folds text into comparable words, ``index``
finds candidate passages that share runs of words with a quote, ``align`` says how a passage
compares with the quote, and ``speakers`` whether the two speakers agree.
"""
