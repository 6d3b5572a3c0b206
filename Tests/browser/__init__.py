"""A package, so that pytest imports this folder's conftest as `browser.conftest` and leaves the name
`conftest` to Tests/interop, whose tests import their helpers from it."""
