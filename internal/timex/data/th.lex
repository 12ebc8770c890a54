# Thai lexicon of the temporal tagger.
#
# @class starts a class; each line is "value: form, form" (or just forms).
# Thai is written without spaces: forms are found inside running text by
# longest match, but never right after a leading vowel (เ แ โ ใ ไ) or right
# before a vowel sign or tone mark, so a form does not match half a syllable.
# Rules in th.rules refer to classes as @class. Class names follow en.lex.

@month
1: มกราคม
2: กุมภาพันธ์
3: มีนาคม
4: เมษายน
5: พฤษภาคม
6: มิถุนายน
7: กรกฎาคม
8: สิงหาคม
9: กันยายน
10: ตุลาคม
11: พฤศจิกายน
12: ธันวาคม

# Abbreviations; the rules accept them only next to a day or a year.
@month_abbr
1: ม.ค., ม.ค
2: ก.พ., ก.พ
3: มี.ค., มี.ค
4: เม.ย., เม.ย
5: พ.ค., พ.ค
6: มิ.ย., มิ.ย
7: ก.ค., ก.ค
8: ส.ค., ส.ค
9: ก.ย., ก.ย
10: ต.ค., ต.ค
11: พ.ย., พ.ย
12: ธ.ค., ธ.ค

# Spoken short names (ตุลา is also the start of ตุลาการ): only next to a day or a year.
@month_short
1: มกรา
2: กุมภา
3: มีนา
4: เมษา
5: พฤษภา
6: มิถุนา
7: กรกฎา
8: สิงหา
9: กันยา
10: ตุลา
11: พฤศจิกา
12: ธันวา

@weekday
1: วันจันทร์
2: วันอังคาร
3: วันพุธ
4: วันพฤหัสบดี, วันพฤหัส
5: วันศุกร์
6: วันเสาร์
7: วันอาทิตย์

# Era markers before the year: พ.ศ. 2521, ค.ศ. 1978, ร.ศ. 112.
@era_pre
BE: พ.ศ., พ.ศ, พุทธศักราช
CE: ค.ศ., ค.ศ, คริสต์ศักราช
RS: ร.ศ., ร.ศ, รัตนโกสินทร์ศก
BC: ก่อน ค.ศ., ก่อนค.ศ.

# Era markers after the year: 500 ปีก่อนคริสตกาล.
@era_post
BC: ก่อนคริสตกาล, ก่อนคริสต์ศักราช

@yearword
Y: ปี
@monthword
M: เดือน
@dayword
D: วันที่

@unit1
Y: ปี
M: เดือน
W: สัปดาห์, อาทิตย์
D: วัน

@unit
Y: ปี
M: เดือน
W: สัปดาห์, อาทิตย์
D: วัน
H: ชั่วโมง
MIN: นาที
DE: ทศวรรษ
CE: ศตวรรษ

# Number words. "*10" multiplies what came before: สามสิบเอ็ด = 3*10+1.
@numword
1: หนึ่ง, เอ็ด
2: สอง, ยี่
3: สาม
4: สี่
5: ห้า
6: หก
7: เจ็ด
8: แปด
9: เก้า
*10: สิบ
*100: ร้อย
*1000: พัน

@few
X: หลาย, ไม่กี่

@ordword
1: แรก

@halfpos
1: แรก
2: หลัง

@halfword
ครึ่ง

@quarterword
ไตรมาส

# The era of a century is in the word: พุทธศตวรรษที่ 18 counts Buddhist Era years.
@centuryword
BE: พุทธศตวรรษ
CE: คริสต์ศตวรรษ, ศตวรรษ

# ทศวรรษ alone takes the era from the number (2520: BE, 1980: CE).
@decadeword
BE: พุทธทศวรรษ
CE: คริสต์ทศวรรษ
ทศวรรษ

@season
SP: ฤดูใบไม้ผลิ
SU: ฤดูร้อน, หน้าร้อน
FA: ฤดูใบไม้ร่วง
WI: ฤดูหนาว, หน้าหนาว

# ต้น กลาง ปลาย before ปี, เดือน, a year or a decade.
@mod_pre
START: ต้น
MID: กลาง
END: ปลาย

# สิ้นปี, ท้ายปี: the end of.
@mod_noun
END: สิ้น, ท้าย

@approx
APPROX: ราว, ราวๆ, ราว ๆ, ประมาณ, ราวราว

@mod_before
BEFORE: ก่อน, จนถึง, จนกระทั่ง, กระทั่ง
AFTER: ตั้งแต่, นับตั้งแต่, หลัง, หลังจาก, ภายหลัง, ภายหลังจาก, นับจาก

@mod_after
AFTER: เป็นต้นมา, เป็นต้นไป

# Step of a relative expression, written after its unit: ปีถัดมา, ปีก่อนหน้า.
@rel_post
1: ถัดมา, ต่อมา, ถัดไป, รุ่งขึ้น, หลังจากนั้น
-1: ก่อนหน้า, ก่อนหน้านั้น

@same
0: เดียวกัน
@that
0: นั้น

@dir
+: ต่อมา, หลังจากนั้น, ให้หลัง, ถัดมา
-: ก่อนหน้านั้น, ก่อนหน้า

@ago
-: ที่แล้ว, ที่ผ่านมา

@deictic
-1: ที่แล้ว, ที่ผ่านมา
0: นี้
1: หน้า

@deictic_day
-2: เมื่อวานซืน
-1: เมื่อวาน, เมื่อวานนี้
0: วันนี้
1: พรุ่งนี้
2: มะรืน, มะรืนนี้

@every
ทุก, ทุกๆ, ทุก ๆ

@timeword
เวลา
@oclock
น., นาฬิกา

# Words after which a bare month or season is a date: ในเดือน..., ในฤดูร้อน.
@prep
ใน, เมื่อ, ช่วง, ตั้งแต่, จนถึง, ถึง, ระหว่าง, ก่อน, หลัง, ตลอด, ภายใน

# Words before four digits that make them a year: ใน 1979.
@yearctx
ใน, เมื่อ, ตั้งแต่, จนถึง, ระหว่าง, ก่อน, หลัง, หลังจาก, ตลอด, ช่วง, ภายใน

# A word right before a number that makes it no year: ช่อง 69, ครั้งที่ 2, หมายเลข 2520.
@numblock
ช่อง, ที่, ครั้งที่, หมายเลข, เลขที่, ฉบับที่, รุ่นที่, ข้อ, มาตรา, หน้า, $, ฿, สาย, ถนน, ทางหลวง,
รหัส, เบอร์, รุ่น, แบบ, เที่ยวบิน, ห้อง, ชั้น, ซอย, หมู่

# Words before a count that make it an age.
@agemark
อายุ, วัย, อายุได้

# Words after a number that count things: 2500 คน is no year.
@quantity
คน, นาย, ราย, ครั้ง, ลำ, คัน, กิโลเมตร, กม., เมตร, ไมล์, บาท, ดอลลาร์, ล้าน, พัน, หมื่น, แสน,
เปอร์เซ็นต์, %, ตัว, แห่ง, หมู่บ้าน, ครอบครัว, กองพล, ฉบับ, เล่ม, ชิ้น, ตัน, กิโลกรัม, ไร่,
ที่นั่ง, เสียง, รูป, องค์, ศพ, หลังคาเรือน, ครัวเรือน, นัด, ลูก, กระบอก, ปี, เดือน, วัน, ชั่วโมง,
คะแนน, หน้า, เล่ม

@dash
-, –, —, ‑

@rangesep
-, –, —, ถึง, จนถึง

@and
และ, กับ
