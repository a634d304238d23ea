-- a keyword is not a label name
::end::
