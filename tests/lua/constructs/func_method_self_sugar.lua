-- colon call passes the receiver as the first argument
local Account = {balance = 0}
function Account.deposit(self, v) self.balance = self.balance + v end
function Account:withdraw(v)
  if v > self.balance then return false, "insufficient" end
  self.balance = self.balance - v
  return true
end
Account:deposit(100)
print(Account.balance, Account:withdraw(30), Account.balance)
print(Account:withdraw(500))
local calls = 0
local function get() calls = calls + 1; return Account end
get():deposit(1)
print(calls, Account.balance)
local s = {v = "S"}
function s:who(...) return self.v, select("#", ...) end
print(s:who(), s:who(1, nil, 3))
