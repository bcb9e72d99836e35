# Cython's declarations for tokens.py, the engine's hottest loops (pure-Python mode: Python never reads this file;
# scripts/build_engine.py compiles it with the .py, and a change to it, as to the .py, makes the build stale).
import cython

# A token's text as str: its first character's tests and its key are C calls, not methods looked up by name; the
# offsets as C integers, the white space before a run tested a character at a time in C.
@cython.locals(text=str, t=str, chunk=str, word=str, mark=str, at=Py_ssize_t, n=Py_ssize_t)
cpdef list tokenize(text, start=*, end=*)

@cython.locals(i=Py_ssize_t)
cpdef list capitalized_words(tokens)
