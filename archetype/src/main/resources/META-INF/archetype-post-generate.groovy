// Batch mode (-DpluginId=...) skips the descriptor's validationRegex: check the id here, as the host will.
def id = request.properties.get('pluginId')
if (!(id ==~ /[a-z][a-z0-9-]{1,39}/) || id in ['patron', 'public', 'information-schema']) {
  new File(request.outputDirectory, request.artifactId).deleteDir()
  throw new IllegalArgumentException("pluginId '${id}' is not a plugin id: lower case letters, digits and '-', "
      + "starting with a letter, 2-40 characters, and not patron, public or information-schema")
}
