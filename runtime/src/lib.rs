//! lunaris-runtime: the OpenResty-style scheduler (to come after coroutines).
