package uk.takingpart.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The compacted last response means exactly what Vaadin sent, in one byte a character. */
class CompactLastResponseTest {

    @Test
    void welsh_typography_and_emoji_are_escaped_and_the_json_reads_back_the_same() throws Exception {
        String json = "{\"syncId\":3,\"changes\":[{\"key\":\"innerHTML\",\"value\":\"Dŵr a’r tŷ – “Cymraeg” 😀 \\\"quoted\\\" \\\\u2019\"}],\"title\":\"What’s on – Taking Part\"}";
        String compact = CompactLastResponse.latin1(json);

        assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void a_response_already_in_latin_1_is_kept_as_it_is() {
        String json = "{\"syncId\":1,\"value\":\"caf\u00e9\"}";
        assertThat(CompactLastResponse.latin1(json)).isSameAs(json);
    }
}
