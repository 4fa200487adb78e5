package dev.zhibiao.extract;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.json.Json;
import dev.zhibiao.model.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the extraction of each gold document as {@code {"document": name, "records": [...]}} into a folder,
 * for the reference scorer: {@code python3 score.py GOLD_DIR FOLDER -v}.
 */
public final class GoldDump {
    private GoldDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/gold-dump");
        Files.createDirectories(dir);
        Extractor x = Extractor.create();
        Corpus c = Corpus.bundled();
        for (Document d : c.documents()) {
            if (c.gold(d) == null) continue;
            String json = Json.write(Json.document(d.fileName(), x.extract(d).records()));
            Files.writeString(dir.resolve(d.id() + ".json"), json, StandardCharsets.UTF_8);
        }
    }
}
