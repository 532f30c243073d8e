# Writes a man page (roff) for PROGRAM from its --help: NAME, SYNOPSIS and the help text as the
# DESCRIPTION. Run at build time: cmake -DPROGRAM=... -DNAME=... -DSUMMARY=... -DVERSION=... -DOUT=... -P make-man.cmake
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help exited with ${rc}")
endif()
# The usage line names the program, not the build tree it was run from.
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
# roff: a leading dot or apostrophe starts a request, a backslash an escape.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(TOUPPER "${NAME}" upper)
file(WRITE ${OUT} ".TH ${upper} 1 \"\" \"${NAME} ${VERSION}\" \"User Commands\"
.SH NAME
${NAME} \\- ${SUMMARY}
.SH SYNOPSIS
.B ${NAME}
[\\fIOPTIONS\\fR]
.SH DESCRIPTION
.nf
${help}
.fi
.SH SEE ALSO
The guides in /usr/share/doc/pujiang/.
")
