-- a label inside a nested block is not visible outside it
do
  ::inner::
end
goto inner
