-- A module that stores itself in package.loaded.
package.loaded[...] = { stored = true }
