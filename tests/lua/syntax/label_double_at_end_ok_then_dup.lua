-- a label at the end of a block is still a duplicate if repeated
do
  goto e
  ::e::
  ::e::
end
