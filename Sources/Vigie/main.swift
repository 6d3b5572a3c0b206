// Placeholder removed once the executable is written.
print("vigie")
