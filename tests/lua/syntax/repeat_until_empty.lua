-- 'until' without a condition
repeat until
