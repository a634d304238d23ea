//! lunaris-stdlib: the Lua standard libraries (to come with the VM core).
