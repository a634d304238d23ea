-- the 61st upvalue is referenced on its own line
local w1 = 1
local w2 = 2
local w3 = 3
local w4 = 4
local w5 = 5
local w6 = 6
local w7 = 7
local w8 = 8
local w9 = 9
local w10 = 10
local w11 = 11
local w12 = 12
local w13 = 13
local w14 = 14
local w15 = 15
local w16 = 16
local w17 = 17
local w18 = 18
local w19 = 19
local w20 = 20
local w21 = 21
local w22 = 22
local w23 = 23
local w24 = 24
local w25 = 25
local w26 = 26
local w27 = 27
local w28 = 28
local w29 = 29
local w30 = 30
local w31 = 31
local w32 = 32
local w33 = 33
local w34 = 34
local w35 = 35
local w36 = 36
local w37 = 37
local w38 = 38
local w39 = 39
local w40 = 40
local w41 = 41
local w42 = 42
local w43 = 43
local w44 = 44
local w45 = 45
local w46 = 46
local w47 = 47
local w48 = 48
local w49 = 49
local w50 = 50
local w51 = 51
local w52 = 52
local w53 = 53
local w54 = 54
local w55 = 55
local w56 = 56
local w57 = 57
local w58 = 58
local w59 = 59
local w60 = 60
local w61 = 61
local function f()
  print(w1)
  print(w2)
  print(w3)
  print(w4)
  print(w5)
  print(w6)
  print(w7)
  print(w8)
  print(w9)
  print(w10)
  print(w11)
  print(w12)
  print(w13)
  print(w14)
  print(w15)
  print(w16)
  print(w17)
  print(w18)
  print(w19)
  print(w20)
  print(w21)
  print(w22)
  print(w23)
  print(w24)
  print(w25)
  print(w26)
  print(w27)
  print(w28)
  print(w29)
  print(w30)
  print(w31)
  print(w32)
  print(w33)
  print(w34)
  print(w35)
  print(w36)
  print(w37)
  print(w38)
  print(w39)
  print(w40)
  print(w41)
  print(w42)
  print(w43)
  print(w44)
  print(w45)
  print(w46)
  print(w47)
  print(w48)
  print(w49)
  print(w50)
  print(w51)
  print(w52)
  print(w53)
  print(w54)
  print(w55)
  print(w56)
  print(w57)
  print(w58)
  print(w59)
  print(w60)
  print(w61)
end
