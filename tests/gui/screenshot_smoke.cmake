# Runs pujiang-gui headless to 10:30 showing VIEW, then checks the screenshot is a real picture.
# EXTRA holds further pujiang-gui arguments separated by |. SIZE is the window (default 1600x900);
# with FIT set, no label of the floor may be cut by its box (the app prints how many were).
string(REPLACE "|" ";" EXTRA "${EXTRA}")
if(NOT SIZE)
  set(SIZE 1600x900)
endif()
string(REPLACE "x" ";" size_parts "${SIZE}")
list(GET size_parts 0 width)
list(GET size_parts 1 height)
set(scenario_args)
if(SCENARIO)
  set(scenario_args --scenario ${SCENARIO} --until 10:30)
endif()
file(REMOVE ${OUT})
execute_process(
  COMMAND ${XVFB_RUN} -n ${DISPLAY_NUMBER} -s "-screen 0 1920x1080x24 -noreset"
          ${GUI} ${scenario_args} --lang ${LANG} --size ${SIZE} --view ${VIEW} ${EXTRA}
          --screenshot ${OUT}
  OUTPUT_VARIABLE gui_out
  RESULT_VARIABLE gui_rc)
message("${gui_out}")
if(NOT gui_rc EQUAL 0)
  message(FATAL_ERROR "pujiang-gui exited with ${gui_rc}")
endif()
if(FIT AND NOT gui_out MATCHES "labels cut: 0\n")
  message(FATAL_ERROR "labels cut at ${SIZE}: ${gui_out}")
endif()
execute_process(COMMAND ${CHECK} ${OUT} ${width} ${height} RESULT_VARIABLE check_rc)
if(NOT check_rc EQUAL 0)
  message(FATAL_ERROR "screenshot check failed for ${OUT}")
endif()
