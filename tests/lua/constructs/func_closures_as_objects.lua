-- objects built purely from closures (no metatables)
local function make_account(initial)
  local balance = initial
  local history = {}
  local self = {}
  function self.deposit(v) balance = balance + v; history[#history + 1] = "+" .. v end
  function self.withdraw(v)
    if v > balance then return false end
    balance = balance - v; history[#history + 1] = "-" .. v
    return true
  end
  function self.balance() return balance end
  function self.history() return table.concat(history, " ") end
  return self
end
local acc = make_account(100)
acc.deposit(50)
print(acc.withdraw(30), acc.withdraw(1000), acc.balance())
print(acc.history())
local other = make_account(0)
other.deposit(1)
print(other.balance(), acc.balance(), other.history())
