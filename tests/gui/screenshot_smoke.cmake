# Runs pujiang-gui headless to 10:30 showing VIEW, then checks the screenshot is a real picture.
# EXTRA holds further pujiang-gui arguments separated by |.
string(REPLACE "|" ";" EXTRA "${EXTRA}")
file(REMOVE ${OUT})
execute_process(
  COMMAND ${XVFB_RUN} -n ${DISPLAY_NUMBER} -s "-screen 0 1600x900x24 -noreset"
          ${GUI} --scenario ${SCENARIO} --until 10:30 --lang ${LANG} --size 1600x900 --view ${VIEW} ${EXTRA}
          --screenshot ${OUT}
  RESULT_VARIABLE gui_rc)
if(NOT gui_rc EQUAL 0)
  message(FATAL_ERROR "pujiang-gui exited with ${gui_rc}")
endif()
execute_process(COMMAND ${CHECK} ${OUT} 1600 900 RESULT_VARIABLE check_rc)
if(NOT check_rc EQUAL 0)
  message(FATAL_ERROR "screenshot check failed for ${OUT}")
endif()
