# Turns data files (the default pack, the vocabulary) into a C++ source so the
# binary carries them; users still override or extend them at run time.
#
# chipgraph_embed(OUT_CPP SYMBOL FILES...) defines
#   const std::vector<std::pair<std::string_view, std::string_view>>& SYMBOL();
# returning (file name, contents) pairs in the order given.
function(chipgraph_embed out_cpp symbol)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DSYMBOL=${symbol} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "embedding ${symbol}"
    VERBATIM)
endfunction()
