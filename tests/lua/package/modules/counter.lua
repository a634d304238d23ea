-- A module with state: each require returns the same table.
count = (count or 0) + 1
return { loads = count }
