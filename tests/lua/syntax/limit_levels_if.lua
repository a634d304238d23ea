-- 220 nested if statements
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
if x then
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
