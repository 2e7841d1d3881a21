def log = new File(basedir, 'build.log').text
assert log.contains("plugin.id 'Loyalty_Points' is not a plugin id")
return true
