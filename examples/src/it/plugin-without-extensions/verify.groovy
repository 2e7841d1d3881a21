def log = new File(basedir, 'build.log').text
assert log.contains('lists no extension in META-INF/extensions.idx')
return true
