-- 'for' with two names and no comma
for k v in pairs(t) do end
