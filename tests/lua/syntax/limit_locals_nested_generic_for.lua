-- nested generic for loops: 3 hidden slots plus 2 variables each
for k1, v1 in pairs(t) do
for k2, v2 in pairs(t) do
for k3, v3 in pairs(t) do
for k4, v4 in pairs(t) do
for k5, v5 in pairs(t) do
for k6, v6 in pairs(t) do
for k7, v7 in pairs(t) do
for k8, v8 in pairs(t) do
for k9, v9 in pairs(t) do
for k10, v10 in pairs(t) do
for k11, v11 in pairs(t) do
for k12, v12 in pairs(t) do
for k13, v13 in pairs(t) do
for k14, v14 in pairs(t) do
for k15, v15 in pairs(t) do
for k16, v16 in pairs(t) do
for k17, v17 in pairs(t) do
for k18, v18 in pairs(t) do
for k19, v19 in pairs(t) do
for k20, v20 in pairs(t) do
for k21, v21 in pairs(t) do
for k22, v22 in pairs(t) do
for k23, v23 in pairs(t) do
for k24, v24 in pairs(t) do
for k25, v25 in pairs(t) do
for k26, v26 in pairs(t) do
for k27, v27 in pairs(t) do
for k28, v28 in pairs(t) do
for k29, v29 in pairs(t) do
for k30, v30 in pairs(t) do
for k31, v31 in pairs(t) do
for k32, v32 in pairs(t) do
for k33, v33 in pairs(t) do
for k34, v34 in pairs(t) do
for k35, v35 in pairs(t) do
for k36, v36 in pairs(t) do
for k37, v37 in pairs(t) do
for k38, v38 in pairs(t) do
for k39, v39 in pairs(t) do
for k40, v40 in pairs(t) do
for k41, v41 in pairs(t) do
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
