-- nested conditionals and conditions with side effects
local function grade(score, bonus)
  if score >= 50 then
    if bonus then
      if score + 10 >= 90 then return "A+" else return "B+" end
    else
      if score >= 90 then return "A" elseif score >= 70 then return "B" else return "C" end
    end
  else
    return bonus and "D+" or "F"
  end
end
print(grade(95), grade(85, true), grade(75), grade(55), grade(10), grade(10, true))
local x = 0
if (function() x = x + 1; return x > 5 end)() then print("big") else print("small", x) end
