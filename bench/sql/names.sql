-- Name pools for generated customers: ASCII, so the search folding is plain lower-casing.
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.first_names, bench.last_names;
CREATE TABLE bench.first_names (n int PRIMARY KEY, name text NOT NULL);
CREATE TABLE bench.last_names (n int PRIMARY KEY, name text NOT NULL);
INSERT INTO bench.first_names
SELECT row_number() OVER () - 1, name FROM unnest(string_to_array(
  'Anna,Ben,Clara,David,Elena,Felix,Greta,Hugo,Ida,Jonas,Klara,Lukas,Marie,Noah,Olivia,Paul,Quentin,Rosa,Simon,Theresa,'
  || 'Ulrich,Vera,Walter,Xenia,Yusuf,Zoe,Adam,Bettina,Carlos,Daniela,Emil,Fatima,Georg,Hanna,Ivan,Julia,Karl,Lena,'
  || 'Martin,Nina,Oskar,Petra,Rafael,Sara,Tobias,Ursula,Viktor,Wanda,Alexander,Barbara,Christian,Doris,Erik,Franziska,'
  || 'Gabriel,Helene,Isabel,Jakob,Katharina,Leon,Magdalena,Niklas,Ottilie,Philipp,Rebecca,Sebastian,Tamara,Valentin,'
  || 'Amelie,Bruno,Charlotte,Dominik,Emma,Florian,Gustav,Hedwig,Ingrid,Johann,Konstantin,Laura,Maximilian,Nora,Otto,'
  || 'Pia,Richard,Sophie,Thomas,Vincent,Wolfgang,Aaron,Bianca,Cornelia,Dieter,Edith,Ferdinand,Gerda,Heinrich,Irene,Jan', ',')) AS name;
INSERT INTO bench.last_names
SELECT row_number() OVER () - 1, name FROM unnest(string_to_array(
  'Gruber,Huber,Bauer,Wagner,Mueller,Pichler,Steiner,Moser,Mayer,Hofer,Leitner,Berger,Fuchs,Eder,Fischer,Schmid,'
  || 'Winkler,Weber,Schwarz,Maier,Schneider,Reiter,Mayr,Schmidt,Wimmer,Egger,Brunner,Lang,Baumgartner,Auer,Binder,'
  || 'Lechner,Wolf,Wallner,Aigner,Ebner,Koller,Lehner,Haas,Schuster,Holzer,Haider,Lackner,Koch,Kainz,Wieser,Strasser,'
  || 'Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,DeLuca,Mancini,Costa,'
  || 'Giordano,Rizzo,Lombardi,Moretti,Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez,'
  || 'Hernandez,Lopez,Gonzalez,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,Martin,Lee,Perez,Thompson,White,Harris,'
  || 'Sanchez,Clark,Ramirez,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Torres,Nguyen,Hill,Flores,Green,'
  || 'Adams,Nelson,Baker,Hall,Rivera,Campbell,Mitchell,Carter,Roberts,Novak,Horvat,Kovac,Nowak,Kowalski,Wisniewski,'
  || 'Dubois,Durand,Lefebvre,Leroy,Moreau,Simon,Laurent,Michel,Garnier,Faure,Rousseau,Blanc,Guerin,Muller,Henry,'
  || 'Jansen,DeVries,VanDijk,Bakker,Visser,Smit,Meijer,DeBoer,Mulder,DeGroot,Bos,Vos,Peters,Hendriks,Dekker,Brouwer,'
  || 'Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Yilmaz,Kaya,Demir,'
  || 'Sahin,Celik,Yildiz,Yildirim,Ozturk,Aydin,Ozdemir,Arslan,Dogan,Kilic,Aslan,Cetin,Kara,Koc,Kurt,Ozkan,Simsek', ',')) AS name;
