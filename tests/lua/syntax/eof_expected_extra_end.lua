-- one 'end' too many
do
end
end
