"""One module per extraction stage; each reads the Doc and writes typed facts."""
