-- 'until' without 'repeat'
until x
