-- trailing comma in a return list
return 1,
