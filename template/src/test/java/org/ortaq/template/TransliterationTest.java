package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MyBlock.tpl|myblock.tpl",
      "Главное Меню.tpl|glavnoe-menyu.tpl",
      "Щука  и ёж.tpl|schuka-i-ezh.tpl",
      "Їжак Є.tpl|yizhak-ye.tpl",
      "a..b.tpl|a.b.tpl",
      "a -- b.tpl|a-b.tpl",
      "x.php.tpl|x.tpl",
      "<b>bold</b>.tpl|bold.tpl",
      "caf&eacute;.tpl|caf.tpl",
      "-top-.tpl|top-.tpl",
      "Şuşa.tpl|ua.tpl",
      "''|''"})
  void lowerCasesAndTransliteratesFileNamesAsTotranslit(String name, String expected) {
    assertThat(Transliteration.fileName(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Blocks|Blocks",
      "Блоки|Bloki",
      "My Blocks.v2|My-Blocksv2",
      "Щит|Schit"})
  void transliteratesFolderNamesKeepingTheirCase(String name, String expected) {
    assertThat(Transliteration.folderName(name)).isEqualTo(expected);
  }

  @Test
  void includesFindTransliteratedFiles() {
    var theme = Render.theme(Map.of("main.tpl", "{include file=\"Блоки/Меню.tpl\"}|{include file='Blocks/My Block.TPL'}",
        "Bloki/menyu.tpl", "menu", "Blocks/my-block.tpl", "block"));
    assertThat(theme.template("main.tpl").render(PageContext.EMPTY, Item.EMPTY)).isEqualTo("menu|block");
  }
}
