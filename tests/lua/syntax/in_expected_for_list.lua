-- name list without 'in'
for a, b pairs(t) do end
