-- an optional ';' may follow any statement (LuaJIT/Lua 5.1 reject empty ';;')
local a = 1; local b = 2;
print(a + b);
local c = 3; print(c);
for i = 1, 2 do print("iter", i); end;
if a then b = b + 1; end;
local function f() local r = "f"; return r; end;
print(f(), b);
local t = {1; 2; 3}; print(#t);
do local d = 4; print(d); end;
while false do end; repeat until true;
