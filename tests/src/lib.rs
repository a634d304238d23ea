//! Integration tests of Lunaris live in tests/main.rs; this library is empty.
