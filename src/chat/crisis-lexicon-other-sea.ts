/**
 * Vietnamese, Indonesian/Malay and Tagalog families of the core-phrase screen
 * (crisis-lexicon-other.ts): folded text, so Vietnamese is read without its tones (đ→d), the way
 * many people type it anyway ("muon chet", "ko co em thi"). Unaccented "tu tu" is both tự tử
 * (suicide) and từ từ (slowly), so it counts only after a verb of wanting or intending.
 */
import type { LanguageRules } from './crisis-lexicon-other';

const VI: LanguageRules = {
  language: 'vi',
  benign: String.raw`
    \b(?:khong|ko|k|chua|cha|dau co)\b.{0,6}\b(?:co )?(?:y dinh|y nghi|suy nghi|y muon|nghi den|nghi toi|muon|dinh)\b.{0,4}\b(?:tu tu|tu sat)\b
    \bkhong phai\b.{0,12}\b(?:muon chet|tu tu|tu sat)\b
    \b(?:phim|bo phim|sach|cuon sach|tieu thuyet|tin tuc|ban tin|bai bao|phong su|truyen|video|tai lieu)\b.{0,60}?\b(?:tu tu|tu sat)\b
    \btung (?:muon|co y dinh|nghi den|dinh) (?:tu tu|tu sat|chet)\b(?=.{0,40}\b(?:gio|bay gio|hien tai|nay) (?:da )?(?:on|khoe|tot|vui)\b)
    \b(?:cuoi|nong|met|doi|lanh|buon ngu|chan|so|ghen|thich)\b chet (?:mat|di duoc|duoc|luon|roi)?\b|\bchet cuoi\b|\bchet mat\b
    \b(?:doc|xem|nghe) (?:tin|bao|bai)\b.{0,40}\bnhay cau\b|\bnguoi (?:dan ong|dan ba|phu nu|thanh nien|co gai) nhay cau\b
  `,
  crisis: String.raw`
    (?<!\b(?:khong|ko|chang|cha) )\bmuon (?:chet|tu sat|ket thuc cuoc (?:doi|song)|ket lieu (?:ban than|doi minh)|chet quach|chet cho xong|bien mat vinh vien)\b
    (?<!\b(?:khong|ko|chang|cha|y) )\b(?:muon|se|dinh|sap) tu tu\b(?! (?:thoi|di|de|lam quen|tim hieu|tinh))
    \b(?:khong|ko|k) muon song (?:nua|tiep)\b|\bse tu sat\b|\bse ket lieu\b
    \b(?:toi nay|dem nay|hom nay|ngay mai|cuoi tuan nay|sang mai)\b.{0,15}\b(?:ket thuc tat ca|ket thuc moi thu|ket thuc cuoc (?:doi|song)|tu tu|tu sat|chet|ra di)\b
    \b(?:mua|gom|tich|de danh|du tru|tru)(?: duoc)? (?:thuoc ngu|thuoc|day thung|thuoc chuot)\b.{0,30}\b(?:du de|roi|san|o day)\b
    \bdu de (?:khong tinh lai|khong day nua|chet)\b
    \bnhay (?:cau|lau|tu tang|xuong song|tu tren)\b
    \b(?:cho|tang|phat|cho di) (?:het|tat ca|sach) (?:do dac|do|moi thu|quan ao)\b
    \bday (?:la|se la) tin nhan cuoi cung\b|\bvinh biet (?:moi nguoi|tat ca|ca nha)\b
    \b(?:dang )?(?:rach|cat) (?:tay|co tay|ve tay)\b|\bdang tu hai\b
    \blen (?:san thuong|noc nha|tang thuong)\b.{0,40}\bkhong ai (?:biet|hay|can)\b|\b(?:tinh|tinh toan|len ke hoach) (?:het|xong)(?: roi)?\b.{0,80}\blen (?:san thuong|noc nha|tang thuong|cau)\b
    \b(?:uong|nuot) (?:het|sach)(?: ca)? (?:vi|lo|hop|nam|chai) thuoc\b|\b(?:uong|nuot) (?:het|sach|ca)(?: ca)?(?: vi| lo| hop)? thuoc (?:ngu|chuot|an than)\b
    \b(?:dua|cho|tang|phat) het do (?:cua|dac cua) (?:minh|em|toi|tao|con)\b.{0,60}\b(?:khong can (?:nua|den nua)|khong con can)\b
    \b(?:thuoc chuot|thuoc ngu|day thung)\b (?:\w+ )?(?:mua|gom|chuan bi|co) (?:roi|xong|san)\b
    \b(?:dam|chem|giet) chet (?:no|may|han|thang do|thang kia)\b.{0,60}\b(?:cam san|con dao|dao (?:tao|minh|em|toi) cam)\b|\b(?:con dao|cam dao)\b.{0,40}\b(?:dam|chem|giet) chet\b
    \b(?:quyet dinh|da quyet) (?:\w+ ){0,3}ra di\b(?! (?:du hoc|lam|o|sang|nuoc|tu)\b)
    \b(?:mua|gom|tich|tru|de danh) (?:du|nhieu|ca|may) (?:vi |hop |lo )?thuoc ngu\b
    \bse (?:ra )?di (?:luon|mai mai|vinh vien)\b.{0,40}\bkhong ai\b
    \bday (?:la|se la) tin nhan cuoi(?: cung)? (?:cua )?(?:toi|em|anh|minh)\b
    \b(?:dang say|dap cua|dang dap)\b.{0,60}\bgiet (?:toi|em|me con)\b|\bgiet (?:toi|em|me con)\b.{0,60}\bdang tron\b
  `,
  concern: String.raw`
    \btu sat\b|\btu van tu tu\b|\bnghi (?:den|toi|ve) (?:chuyen |viec )?(?:tu tu|tu sat)\b|\by dinh tu tu\b|\bchi can (?:du )?can dam\b
    \bkhong (?:co|con|thay) loi thoat\b(?! hiem)
    \b(?:uoc gi|uoc)\b.{0,25}\bkhong (?:bao gio )?(?:day|tinh day|thuc day|tinh lai) nua\b|\bngu mot giac\b.{0,15}\bkhong (?:bao gio )?(?:day|tinh)\b
    \b(?:khong|ko|k) co (?:em|toi|minh|tao|con) thi\b.{0,20}\b(?:nhe nhom|vui|tot|hanh phuc|thoai mai|de chiu)\b
    \b(?:uoc gi|uoc)\b.{0,12}\b(?:chua tung|chua|khong) (?:duoc )?sinh ra\b|\bmuon bien mat\b|\bbien mat (?:mai mai|vinh vien)\b
    \b(?:la )?ganh nang\b|\bhet hy vong\b|\bkhong con hy vong\b|\bsong (?:cung )?khong co y nghia\b
    \bkhong con (?:ly do|li do) (?:gi )?(?:de )?(?:o lai|song)\b
    \bkhong con (?:duong|loi) (?:nao )?(?:thoat|ra)\b
  `,
  who: String.raw`
    \b(?:ban than|ban|em gai|em trai|chi gai|anh trai|con gai|con trai|dong nghiep|nguoi yeu|ban cung phong)\b (?:cua )?(?:em|toi|minh|tao|con)?\b ?(?:noi|bao|nhan tin|nhan|viet|ke)\b
  `,
  reported: String.raw`
    \bmuon (?:chet|tu tu|tu sat)\b|\btu sat\b|\bkhong muon song\b
    \bmuon nhay cau\b|\bthu de lai\b
  `,
  self: String.raw`
    \b(?:em|toi|minh|tao|con) (?:that su |rat |that |van |chi |cung )?muon (?:chet|tu tu|tu sat)\b
  `,
};

const ID: LanguageRules = {
  language: 'id',
  benign: String.raw`
    \b(?:gak|nggak|ngga|ga|tidak|tak|enggak|engga|bukan|ndak|takde|tiada|gada)\b ?(?:ada |punya )?(?:pikiran|niat|keinginan|niatan|rencana|fikiran)? ?(?:untuk |buat |nak )?bunuh diri\b
    \b(?:film|buku|novel|berita|dokumenter|artikel|sinetron|drakor|serial|video|lagu)\b.{0,25}\bbunuh diri\b
    \bmati matian\b|\bselamat tinggal\b(?=.*\b(?:sampai jumpa|ketemu lagi|minggu depan|besok|sampai ketemu)\b)
    \b(?:gak|nggak|ngga|ga|tidak|tak|enggak|engga|ndak)\b (?:pernah )?(?:kepikiran|mikirin|memikirkan|mikir) (?:buat |untuk |mau )?bunuh diri\b
    \b(?:ngakak|ketawa|tertawa)\b (?:\w+ )?sampe (?:mau |pengen |hampir )?mati\b
    \bmati ketawa\b|\bketawa sampai mati\b|\bboleh mati (?:aku|saya|gue)\b|\bmati (?:aku|gue|saya) (?:kepanasan|kelaparan|kecapean)\b|\bmati gaya\b|\bsetengah mati\b
  `,
  crisis: String.raw`
    (?<!\b(?:tidak|tak|gak|nggak|ngga|ga|enggak|engga|ndak|ora|bukan) )\b(?:ingin|mau|pengen|pingin|pengin|nak|kepengen) (?:aja |sekali |banget )?(?:mati|bunuh diri|mengakhiri hidup(?:ku)?|ngakhirin hidup(?:ku)?|ngakhiri hidup(?:ku)?|gantung diri|loncat dari)\b
    \b(?:tidak|gak|nggak|ga|tak|dah tak) (?:ingin|mau|pengen|nak|sanggup) hidup lagi\b|\b(?:aku|saya|gue) (?:akan|bakal|mau) bunuh diri\b
    \b(?:malam ini|nanti malam|hari ini|besok|minggu ini|akhir pekan|malem ini)\b.{0,20}\b(?:ngakhirin|mengakhiri|akhiri|akhirin|ngakhiri|menyudahi|nyudahin) (?:semuanya|semua|hidup(?:ku)?)\b
    \bbesok (?:pagi )?(?:aku|gw|gue|saya) (?:udah|udh|sudah|dah) (?:ga|gak|nggak|tidak|tak) ada\b(?! (?:di|ke|dirumah|disini|dikantor)\b)
    \b(?:udah|sudah|dah) (?:tau|tahu) caranya\b.{0,40}\b(?:loncat|lompat|terjun|gantung|racun|obat|minum)
    \b(?:nulis|menulis|tulis) surat (?:buat|untuk) (?:ibu|mama|ayah|bapak|keluarga|kalian)\b.{0,80}\b(?:udah siap semua|sudah siap semua|transfer semua tabungan)\b|\btransfer semua tabungan\b.{0,80}\b(?:nulis|menulis) surat\b
    \b(?:mukulin|memukul|mukul|nampar|nendang|menghajar|mukulin) (?:aku|saya|gue|gw) (?:sekarang|terus sekarang)\b|\b(?:ngunci|mengunci|kunci) diri\b.{0,40}\b(?:tolong|mukul|dipukul)
    \b(?:beli|siapin|menyiapkan|nyiapin) (?:racun|tali|baygon|obat tidur|pil tidur)\b|\b(?:nyimpen|nyimpan|ngumpulin|kumpulin|mengumpulkan|nabung|numpuk) (?:banyak )?(?:obat|pil|obat tidur|racun)\b
    \bracun tikus\b.{0,20}\b(?:diminum|minum|siap)\b|\btinggal (?:diminum|diminum aja|loncat|gantung)\b
    \b(?:aku|saya|gue) (?:mau |akan )?(?:loncat|lompat|terjun) dari (?:jembatan|gedung|atap|lantai|rooftop)\b
    \bselamat tinggal (?:semua|semuanya|dunia|selamanya|kalian)\b|\b(?:maaf|makasih|terima kasih)\b.{0,70}\bselamat tinggal\b|\bini (?:adalah )?pesan terakhir
    \bbarang(?: barang)?(?:ku| aku| saya)\b.{0,20}\b(?:kasih|kasihin|bagiin|bagikan|berikan|kukasih|kubagiin)\b|\b(?:ngasih|bagiin|membagikan|ngasihin|memberikan) semua barang(?: barang)?(?:ku)?\b
    \b(?:lagi |sedang )?(?:nyayat|menyayat|nyilet|ngiris|mengiris|melukai) (?:tangan|diri|nadi|lengan)\b|\bself ?harm lagi\b
    \b(?:mau|ingin|akan|pengen|mo) mengakhiri (?:semuanya|semua ini|segalanya|hidup(?:ku| saya)?)\b|\b(?:putuskan|memutuskan) (?:\w+ ){0,2}mengakhiri\b
    \bracun (?:tikus|serangga)\b.{0,80}\b(?:malam ini|besok|sekarang) (?:cukup|saatnya)\b
    \b(?:minum|nelen|menelan|telan) (?:semua|seluruh|sebotol|sekotak|satu strip) (?:obat|pil)\b
    \b(?:kasih|kasihkan|berikan|kasihin)\b.{0,60}\b(?:nanti|besok|sebentar lagi) (?:\w+ )?(?:sudah|udah) (?:nggak|gak|ga|tidak|enggak) (?:butuh|perlu) lagi\b
  `,
  concern: String.raw`
    \bbunuh diri\b
    \b(?:andai|seandainya|coba) (?:aku|saya|gue) (?:gak|nggak|tidak|ga|tak) (?:pernah )?(?:lahir|dilahirkan)\b|\bpengen (?:menghilang|hilang) (?:aja|selamanya)\b
    \b(?:gak|nggak|ga|tidak|tak|ngga) (?:usah )?bangun lagi\b|\btidur (?:selamanya|terus gak bangun)\b
    \b(?:gak|nggak|tidak|ga|tak) ada harapan\b|\bputus asa\b|\bgak bakal berubah\b
    \b(?:pengen|pingin|ingin|mau) (?:ilang|hilang|menghilang)(?: aja| saja)?(?: dari dunia(?: ini)?| selamanya)\b|\b(?:pengen|mau|ingin|kepikiran) (?:nyakitin|menyakiti|ngelukain|melukai) diri(?: sendiri)?\b
    \bjadi beban (?:keluarga|semua|orang|kalian)\b|\b(?:kalo|kalau|klo) (?:aku|gue|gw|saya) (?:ga|gak|nggak|tidak|udah ga) ada\b.{0,30}\b(?:lebih bahagia|lebih baik|lebih tenang)\b
    \b(?:cuma |hanya )?(?:jadi )?beban (?:buat|bagi|untuk) (?:semua|keluarga|orang)\b|\blebih baik (?:tanpa aku|tanpa saya|kalau aku gak ada)\b|\bmending aku (?:mati|gak ada|ga ada)\b
    \b(?:cuma|hanya) (?:jadi )?beban\b|\bmending (?:saya|aku|gw|gue) (?:nggak|gak|ga|tidak|enggak) ada\b
  `,
  who: String.raw`
    \b(?:temen|teman|temanku|temenku|adik|adikku|kakak|kakakku|sahabat|sahabatku|anak|anakku|sepupu|sepupuku|pacar|pacarku|rekan)\b.{0,15}\b(?:bilang|cerita|ngomong|chat|nulis|berkata|curhat|kata)\b
  `,
  reported: String.raw`
    \b(?:mau|pengen|ingin|nak) (?:loncat|mati|bunuh diri|lompat|ngakhirin|mengakhiri|gantung diri)\b|\bbunuh diri\b|\bgak mau hidup\b
    \bcapek hidup\b|\bbekas sayatan\b
  `,
  self: String.raw`
    \b(?:aku|saya|gue|gw|ku)\b (?:\w+ )?(?:pengen|mau|ingin|pingin|kepengen|nak) (?:mati|bunuh diri)\b
  `,
};

const TL: LanguageRules = {
  language: 'tl',
  benign: String.raw`
    \bpaalam\b(?=.*\b(?:kita tayo|see you|bukas|next week|sa susunod)\b)
    \bpatay na patay (?:ako )?sa\b|\bpatay (?:na )?ako sa (?:trabaho|pagod|school|gutom|tawa|init)\b|\bnamatay (?:ako )?sa (?:tawa|kakatawa)\b
    \b(?:hindi|di|hnd) (?:naman )?ako (?:suicidal|magpapakamatay)\b|\bwala (?:akong|akung|ako ng) (?:balak|plano|iniisip) (?:na |nang )?magpakamatay\b
    \b(?:pelikula|libro|balita|docu|documentary|nobela|serye|movie|palabas)\b.{0,25}\b(?:pagpapakamatay|nagpakamatay|magpakamatay|suicide)\b
  `,
  crisis: String.raw`
    \bgusto ko (?:na |nang )?(?:mamatay|magpakamatay|mawala na)\b|\bmagpapakamatay (?:na )?ako\b|\bpapatayin ko (?:na )?(?:ang )?sarili ko\b
    \b(?:ayoko|ayaw ko) (?:na |nang )?mabuhay\b
    \b(?:mamayang gabi|ngayong gabi|mamaya|bukas|ngayon)\b.{0,15}\b(?:tatapusin|wawakasan|tapusin) ko (?:na )?(?:ang |yung )?(?:lahat|buhay ko)\b
    \b(?:tatapusin|wawakasan|tapusin) ko na (?:ang |yung )?(?:lahat|buhay ko)\b
    \b(?:naipon|inipon|nag ?ipon|binili|bumili)(?: ko| ako)? (?:na )?(?:ng )?(?:yung |ang )?(?:mga )?(?:gamot|pills|lubid|lason|sleeping pills)\b
    \biinumin ko (?:na )?(?:lahat|lahat ng gamot)\b|\b(?:tatalon|tumalon) (?:na )?ako (?:sa|mula sa) (?:tulay|building|bubong|gusali|rooftop|overpass|bintana)\b
    \bpaalam (?:na )?(?:sa inyong lahat|sa lahat|everyone|sa inyo)\b|\b(?:salamat|pasensya|patawad)\b.{0,50}\bpaalam\b|\bito na (?:ang |yung )?huling (?:message|mensahe|text) ko\b
    \b(?:pinamigay|ipinamigay|binigay|ipinamahagi|pinamimigay) ko na (?:ang |yung )?(?:lahat )?(?:ng |ang )?(?:mga )?gamit\b
    \b(?:tinago|itinago|hinanda|inihanda|nakatago|nakahanda)(?:ng)?\b (?:\w+ )?(?:ko |akong |kong )?(?:na )?(?:ng |ang |yung )?(?:lubid|lason)\b|\blubid\b.{0,40}\b(?:ready na ako|ayoko na)\b
    \b(?:ininom|nilunok|uminom) (?:ko |ako )?(?:na )?(?:ng )?lahat (?:ng|ng mga) (?:gamot|pills|tableta|sleeping pills)\b(?!.{0,30}\b(?:nireseta|reseta|ng doktor))
    \bsasaksakin ko\b|\b(?:papatayin|tatagain|babarilin) ko (?:na )?(?:talaga )?(?:siya|sya|sila)\b.{0,40}\b(?:kutsilyo|baril|itak)\b|\b(?:kutsilyo|baril|itak)\b.{0,40}\b(?:papatayin|sasaksakin|babarilin) ko\b
    \b(?:binigay|ibinigay|pinamigay|ipinamigay) ko na\b.{0,60}\b(?:di|hindi) ko na (?:kailangan|kakailanganin)\b(?!.{0,30}\bmay bago)
    \bnaglalaslas\b|\bnaglaslas ako\b|\bhinihiwa ko (?:ang )?(?:braso|pulso)\b|\bsinusugatan ko (?:ang )?sarili ko\b
    \bmay (?:lubid|tali)\b.{0,40}\b(?:handa na|nakahanda|nakatago)\b
    \bsalamat (?:po )?sa lahat\b.{0,120}\bpaalam na\b
    \bmawawala na (?:po )?ako\b(?! (?:sa|ng|dito|muna)\b)
  `,
  concern: String.raw`
    \bmagpakamatay\b|\bpagpapakamatay\b|\bnagpapakamatay\b
    \bhindi na (?:lang )?ako magising\b|\bsana (?:di|hindi) na (?:lang )?ako (?:magising|nabuhay|ipinanganak)\b
    \bwalang (?:way out|labasan|matakbuhan)\b
    \bpabigat (?:lang )?ako\b|\bwala (?:nang|ng) pag ?asa\b|\bmas (?:okay|mabuti|masaya) (?:sila|kayo) kung wala ako\b
  `,
  who: String.raw`
    \b(?:kapatid|kaibigan|anak|pinsan|tropa|bestfriend|best friend|bff|nanay|tatay|ate|kuya|jowa|classmate|officemate)\b (?:ko|namin)\b.{0,15}\b(?:sabi|sinabi|nag ?message|nagtext|nag ?chat|nagsabi|sinasabi|nag ?post|nag ?pm|nag ?dm)\b
    \b(?:sabi|sinabi|nagsabi|sinasabi|nag ?message|nagtext|chinat) (?:sa akin )?(?:ng|ni|nung|yung) (?:aking )?(?:kapatid|kaibigan|anak|pinsan|tropa|bestfriend|best friend|bff|nanay|tatay|ate|kuya|jowa|classmate|officemate)\b
  `,
  reported: String.raw`
    \b(?:ayaw|ayoko) na (?:nya|niya|raw) (?:na )?mabuhay\b|\b(?:gusto|gusto na) (?:nya|niya|raw) (?:na |nang )?(?:mamatay|magpakamatay)\b|\bmagpakamatay\b|\bmagpapakamatay (?:daw|raw|na daw|siya|na siya)\b
    \btapusin (?:na )?(?:ang )?buhay niya\b|\bbaril\b
  `,
};

export const SEA_RULES: readonly LanguageRules[] = [VI, ID, TL];
