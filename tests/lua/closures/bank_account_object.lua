-- closures as objects with private state
local function account(balance)
  local history = {}
  local self = {}
  function self.deposit(v) balance = balance + v; history[#history + 1] = "+" .. v end
  function self.withdraw(v)
    if v > balance then return false, "insufficient funds" end
    balance = balance - v
    history[#history + 1] = "-" .. v
    return true
  end
  function self.balance() return balance end
  function self.history() return table.concat(history, " ") end
  return self
end
local acc = account(100)
acc.deposit(50)
print(acc.withdraw(500))
print(acc.withdraw(30))
print(acc.balance(), acc.history())
local other = account(0)
print(other.balance(), other.history() == "", type(acc.balance))
