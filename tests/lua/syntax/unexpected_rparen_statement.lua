-- stray ')' as a statement
)
